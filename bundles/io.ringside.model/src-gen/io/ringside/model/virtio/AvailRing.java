/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Avail Ring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The driver area of a split ring.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.AvailRing#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.AvailRing#getIdx <em>Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.AvailRing#getUsedEvent <em>Used Event</em>}</li>
 *   <li>{@link io.ringside.model.virtio.AvailRing#getRing <em>Ring</em>}</li>
 *   <li>{@link io.ringside.model.virtio.AvailRing#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getAvailRing()
 * @model
 * @generated
 */
public interface AvailRing extends EObject {
	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getAvailRing_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.AvailRing#getFlags <em>Flags</em>}' attribute.
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
	 * @see io.ringside.model.virtio.VirtioPackage#getAvailRing_Idx()
	 * @model
	 * @generated
	 */
	int getIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.AvailRing#getIdx <em>Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Idx</em>' attribute.
	 * @see #getIdx()
	 * @generated
	 */
	void setIdx(int value);

	/**
	 * Returns the value of the '<em><b>Used Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used Event</em>' attribute.
	 * @see #setUsedEvent(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getAvailRing_UsedEvent()
	 * @model
	 * @generated
	 */
	int getUsedEvent();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.AvailRing#getUsedEvent <em>Used Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Event</em>' attribute.
	 * @see #getUsedEvent()
	 * @generated
	 */
	void setUsedEvent(int value);

	/**
	 * Returns the value of the '<em><b>Ring</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ring</em>' attribute list.
	 * @see io.ringside.model.virtio.VirtioPackage#getAvailRing_Ring()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getRing();

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getAvailRing_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.AvailRing#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // AvailRing
