/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The negotiated feature bits that change ring behaviour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#getBits <em>Bits</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#isVersion1 <em>Version1</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#isRingPacked <em>Ring Packed</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#isEventIdx <em>Event Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#isInOrder <em>In Order</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#isIndirectDesc <em>Indirect Desc</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#isNotificationData <em>Notification Data</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#getNames <em>Names</em>}</li>
 *   <li>{@link io.ringside.model.virtio.FeatureSet#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet()
 * @model
 * @generated
 */
public interface FeatureSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bits</em>' attribute.
	 * @see #setBits(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_Bits()
	 * @model
	 * @generated
	 */
	long getBits();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#getBits <em>Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bits</em>' attribute.
	 * @see #getBits()
	 * @generated
	 */
	void setBits(long value);

	/**
	 * Returns the value of the '<em><b>Version1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version1</em>' attribute.
	 * @see #setVersion1(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_Version1()
	 * @model
	 * @generated
	 */
	boolean isVersion1();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#isVersion1 <em>Version1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version1</em>' attribute.
	 * @see #isVersion1()
	 * @generated
	 */
	void setVersion1(boolean value);

	/**
	 * Returns the value of the '<em><b>Ring Packed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ring Packed</em>' attribute.
	 * @see #setRingPacked(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_RingPacked()
	 * @model
	 * @generated
	 */
	boolean isRingPacked();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#isRingPacked <em>Ring Packed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ring Packed</em>' attribute.
	 * @see #isRingPacked()
	 * @generated
	 */
	void setRingPacked(boolean value);

	/**
	 * Returns the value of the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Idx</em>' attribute.
	 * @see #setEventIdx(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_EventIdx()
	 * @model
	 * @generated
	 */
	boolean isEventIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#isEventIdx <em>Event Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Idx</em>' attribute.
	 * @see #isEventIdx()
	 * @generated
	 */
	void setEventIdx(boolean value);

	/**
	 * Returns the value of the '<em><b>In Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Order</em>' attribute.
	 * @see #setInOrder(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_InOrder()
	 * @model
	 * @generated
	 */
	boolean isInOrder();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#isInOrder <em>In Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Order</em>' attribute.
	 * @see #isInOrder()
	 * @generated
	 */
	void setInOrder(boolean value);

	/**
	 * Returns the value of the '<em><b>Indirect Desc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indirect Desc</em>' attribute.
	 * @see #setIndirectDesc(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_IndirectDesc()
	 * @model
	 * @generated
	 */
	boolean isIndirectDesc();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#isIndirectDesc <em>Indirect Desc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indirect Desc</em>' attribute.
	 * @see #isIndirectDesc()
	 * @generated
	 */
	void setIndirectDesc(boolean value);

	/**
	 * Returns the value of the '<em><b>Notification Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notification Data</em>' attribute.
	 * @see #setNotificationData(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_NotificationData()
	 * @model
	 * @generated
	 */
	boolean isNotificationData();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#isNotificationData <em>Notification Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notification Data</em>' attribute.
	 * @see #isNotificationData()
	 * @generated
	 */
	void setNotificationData(boolean value);

	/**
	 * Returns the value of the '<em><b>Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Names</em>' attribute.
	 * @see #setNames(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_Names()
	 * @model
	 * @generated
	 */
	String getNames();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#getNames <em>Names</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Names</em>' attribute.
	 * @see #getNames()
	 * @generated
	 */
	void setNames(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getFeatureSet_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.FeatureSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // FeatureSet
