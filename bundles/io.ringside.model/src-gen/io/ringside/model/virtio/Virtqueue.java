/**
 */
package io.ringside.model.virtio;

import io.ringside.model.trace.Queue;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtqueue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtqueue, split or packed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#isEventIdx <em>Event Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#isInOrder <em>In Order</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#isIndirect <em>Indirect</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getLastAvailIdx <em>Last Avail Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getAvailIdx <em>Avail Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getUsedIdx <em>Used Idx</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getBuffersMadeAvailable <em>Buffers Made Available</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getBuffersUsed <em>Buffers Used</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getKicksSuppressed <em>Kicks Suppressed</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getInterruptsSuppressed <em>Interrupts Suppressed</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getBatches <em>Batches</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getDescriptors <em>Descriptors</em>}</li>
 *   <li>{@link io.ringside.model.virtio.Virtqueue#getChains <em>Chains</em>}</li>
 * </ul>
 *
 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue()
 * @model abstract="true"
 * @generated
 */
public interface Virtqueue extends Queue {
	/**
	 * Returns the value of the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event Idx</em>' attribute.
	 * @see #setEventIdx(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_EventIdx()
	 * @model
	 * @generated
	 */
	boolean isEventIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#isEventIdx <em>Event Idx</em>}' attribute.
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
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_InOrder()
	 * @model
	 * @generated
	 */
	boolean isInOrder();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#isInOrder <em>In Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Order</em>' attribute.
	 * @see #isInOrder()
	 * @generated
	 */
	void setInOrder(boolean value);

	/**
	 * Returns the value of the '<em><b>Indirect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indirect</em>' attribute.
	 * @see #setIndirect(boolean)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_Indirect()
	 * @model
	 * @generated
	 */
	boolean isIndirect();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#isIndirect <em>Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indirect</em>' attribute.
	 * @see #isIndirect()
	 * @generated
	 */
	void setIndirect(boolean value);

	/**
	 * Returns the value of the '<em><b>Last Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * device: next available entry to fetch (free-running)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Avail Idx</em>' attribute.
	 * @see #setLastAvailIdx(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_LastAvailIdx()
	 * @model
	 * @generated
	 */
	int getLastAvailIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getLastAvailIdx <em>Last Avail Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Avail Idx</em>' attribute.
	 * @see #getLastAvailIdx()
	 * @generated
	 */
	void setLastAvailIdx(int value);

	/**
	 * Returns the value of the '<em><b>Avail Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * driver: available index (free-running)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Avail Idx</em>' attribute.
	 * @see #setAvailIdx(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_AvailIdx()
	 * @model
	 * @generated
	 */
	int getAvailIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getAvailIdx <em>Avail Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avail Idx</em>' attribute.
	 * @see #getAvailIdx()
	 * @generated
	 */
	void setAvailIdx(int value);

	/**
	 * Returns the value of the '<em><b>Used Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * device: used index (free-running)
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used Idx</em>' attribute.
	 * @see #setUsedIdx(int)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_UsedIdx()
	 * @model
	 * @generated
	 */
	int getUsedIdx();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getUsedIdx <em>Used Idx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used Idx</em>' attribute.
	 * @see #getUsedIdx()
	 * @generated
	 */
	void setUsedIdx(int value);

	/**
	 * Returns the value of the '<em><b>Buffers Made Available</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffers Made Available</em>' attribute.
	 * @see #setBuffersMadeAvailable(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_BuffersMadeAvailable()
	 * @model
	 * @generated
	 */
	long getBuffersMadeAvailable();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getBuffersMadeAvailable <em>Buffers Made Available</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffers Made Available</em>' attribute.
	 * @see #getBuffersMadeAvailable()
	 * @generated
	 */
	void setBuffersMadeAvailable(long value);

	/**
	 * Returns the value of the '<em><b>Buffers Used</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Buffers Used</em>' attribute.
	 * @see #setBuffersUsed(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_BuffersUsed()
	 * @model
	 * @generated
	 */
	long getBuffersUsed();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getBuffersUsed <em>Buffers Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffers Used</em>' attribute.
	 * @see #getBuffersUsed()
	 * @generated
	 */
	void setBuffersUsed(long value);

	/**
	 * Returns the value of the '<em><b>Kicks Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kicks Suppressed</em>' attribute.
	 * @see #setKicksSuppressed(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_KicksSuppressed()
	 * @model
	 * @generated
	 */
	long getKicksSuppressed();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getKicksSuppressed <em>Kicks Suppressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kicks Suppressed</em>' attribute.
	 * @see #getKicksSuppressed()
	 * @generated
	 */
	void setKicksSuppressed(long value);

	/**
	 * Returns the value of the '<em><b>Interrupts Suppressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interrupts Suppressed</em>' attribute.
	 * @see #setInterruptsSuppressed(long)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_InterruptsSuppressed()
	 * @model
	 * @generated
	 */
	long getInterruptsSuppressed();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getInterruptsSuppressed <em>Interrupts Suppressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interrupts Suppressed</em>' attribute.
	 * @see #getInterruptsSuppressed()
	 * @generated
	 */
	void setInterruptsSuppressed(long value);

	/**
	 * Returns the value of the '<em><b>Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IN_ORDER: histogram of buffers per used entry
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batches</em>' attribute.
	 * @see #setBatches(String)
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_Batches()
	 * @model
	 * @generated
	 */
	String getBatches();

	/**
	 * Sets the value of the '{@link io.ringside.model.virtio.Virtqueue#getBatches <em>Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batches</em>' attribute.
	 * @see #getBatches()
	 * @generated
	 */
	void setBatches(String value);

	/**
	 * Returns the value of the '<em><b>Descriptors</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.virtio.Descriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptors</em>' containment reference list.
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_Descriptors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Descriptor> getDescriptors();

	/**
	 * Returns the value of the '<em><b>Chains</b></em>' containment reference list.
	 * The list contents are of type {@link io.ringside.model.virtio.DescriptorChain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chains</em>' containment reference list.
	 * @see io.ringside.model.virtio.VirtioPackage#getVirtqueue_Chains()
	 * @model containment="true"
	 * @generated
	 */
	EList<DescriptorChain> getChains();

} // Virtqueue
