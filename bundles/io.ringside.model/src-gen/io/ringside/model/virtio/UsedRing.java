/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Used Ring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The device area of a split ring.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.UsedRing#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedRing#getIdx <em>Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedRing#getAvailEvent <em>Avail Event</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedRing#getElements <em>Elements</em>}</li>
 *   <li>{@link io.ringside.model.virtio.UsedRing#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getUsedRing()
 * @model
 * @generated
 */
public interface UsedRing extends EObject {
	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedRing_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedRing#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Idx</em>' attribute.
	 * @see #setIdx(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedRing_Idx()
	 * @model
	 * @generated
	 */
	int getIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedRing#getIdx <em>Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Idx</em>' attribute.
	 * @see #getIdx()
	 * @generated
	 */
	void setIdx(int value);

	/**
	 * Returns the value of the '<em><b>Avail Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avail Event</em>' attribute.
	 * @see #setAvailEvent(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedRing_AvailEvent()
	 * @model
	 * @generated
	 */
	int getAvailEvent();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedRing#getAvailEvent <em>Avail Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avail Event</em>' attribute.
	 * @see #getAvailEvent()
	 * @generated
	 */
	void setAvailEvent(int value);

	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.virtio.UsedElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedRing_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<UsedElement> getElements();

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getUsedRing_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.UsedRing#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // UsedRing
